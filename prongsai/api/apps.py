from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "prongsai.api"
    label = "prongsai_api"
    verbose_name = "API"
