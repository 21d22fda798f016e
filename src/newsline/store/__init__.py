"""newsline.store stage."""
