"""newsline.ingest stage."""
