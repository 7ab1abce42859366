"""A site to try out locally: the illustrative demo collection (facts in ``data``, writes in
``loader``) and local logins. It sits above every other app: it may import any of them, and
nothing imports it (commands are reached by name: ``manage.py load_demo``)."""
