import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prongsai.settings")
_django = get_wsgi_application()

# The public page cache answers anonymous visitors' hits before Django builds a request
# (prongsai/pagecache, docs/pagecache.md); everything else goes through Django as before.
from prongsai.pagecache.wsgi import wrap  # noqa: E402 -- imports models: after setup above

application = wrap(_django)
