from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "prongsai.pagecache"
    label = "pagecache"
    verbose_name = _("Public page cache")

    def ready(self) -> None:
        from prongsai.pagecache import invalidation

        invalidation.connect()
