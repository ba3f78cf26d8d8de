"""The project file and every domain operation. Never imports Qt or knows file formats."""
