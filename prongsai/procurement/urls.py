from django.urls import URLPattern

app_name = "procurement"

urlpatterns: list[URLPattern] = []
