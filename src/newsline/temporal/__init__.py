"""newsline.temporal stage."""
