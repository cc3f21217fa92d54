"""Uploaded files answered through views that apply the access rules of the page that links
them (`serve.serve_file`); nothing serves MEDIA_ROOT blindly. See docs/deployment.md, "Uploaded
files"."""
