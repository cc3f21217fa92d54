"""OIT URLs: each part lives in the module that serves it (staff, public, readiness)."""

from prongsai.oit.public_urls import urlpatterns as public_patterns
from prongsai.oit.readiness_urls import urlpatterns as readiness_patterns
from prongsai.oit.staff_urls import urlpatterns as staff_patterns

app_name = "oit"

urlpatterns = staff_patterns + readiness_patterns + public_patterns
