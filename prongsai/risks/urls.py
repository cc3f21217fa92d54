from django.urls import URLPattern

app_name = "risks"

urlpatterns: list[URLPattern] = []
