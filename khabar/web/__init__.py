"""The web side of khabar: a REST API and a server-rendered UI over a store.

``khabar serve`` runs ``create_app`` (``khabar.web.app``) under uvicorn. FastAPI,
uvicorn and jinja2 come with the ``web`` extra (``pip install 'khabar[web]'``); nothing
here is imported by the rest of the package.
"""
