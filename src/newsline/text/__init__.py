"""newsline.text stage."""
