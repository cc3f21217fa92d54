from django.urls import path

from prongsai.news import (
    about_views,
    feeds,
    public_views,
    site_views,
    staff_views,
    training_views,
)

app_name = "news"

urlpatterns = [
    path("sitemap.xml", site_views.sitemap_xml, name="sitemap"),
    path("robots.txt", site_views.robots_txt, name="robots"),
    path("<slug:agency>/news/", public_views.news_list, name="list"),
    path("<slug:agency>/news/feed/", feeds.rss, name="feed"),
    path("<slug:agency>/news/feed/atom/", feeds.atom, name="feed_atom"),
    path("<slug:agency>/news/<int:pk>/", public_views.news_item, name="item"),
    path(
        "<slug:agency>/news/<int:pk>/pictures/<int:image>/",
        public_views.news_image,
        name="image",
    ),
    path(
        "<slug:agency>/news/<int:pk>/pictures/<int:image>/thumb/",
        public_views.news_thumb,
        name="thumb",
    ),
    path(
        "<slug:agency>/news/<int:pk>/files/<int:attachment>/",
        public_views.news_attachment,
        name="attachment",
    ),
    path("<slug:agency>/training/", training_views.training_index, name="training"),
    path(
        "<slug:agency>/training/<be_year:year>/",
        training_views.training_year,
        name="training_year",
    ),
    path(
        "<slug:agency>/training/<be_year:year>/<int:month>/",
        training_views.training_month,
        name="training_month",
    ),
    path(
        "<slug:agency>/staff/training/",
        training_views.staff_training_list,
        name="staff_training_list",
    ),
    path(
        "<slug:agency>/staff/training/new/",
        training_views.staff_training_new,
        name="staff_training_new",
    ),
    path(
        "<slug:agency>/staff/training/<int:pk>/",
        training_views.staff_training_edit,
        name="staff_training_edit",
    ),
    path(
        "<slug:agency>/staff/training/<int:pk>/remove/",
        training_views.staff_training_remove,
        name="staff_training_remove",
    ),
    path("<slug:agency>/about/", about_views.about_index, name="about"),
    path("<slug:agency>/about/<slug:kind>/", about_views.about_page, name="about_page"),
    path("<slug:agency>/staff/about/", about_views.staff_about_list, name="staff_about_list"),
    path(
        "<slug:agency>/staff/about/<slug:kind>/",
        about_views.staff_about_edit,
        name="staff_about_edit",
    ),
    path("<slug:agency>/staff/news/", staff_views.staff_list, name="staff_list"),
    path("<slug:agency>/staff/news/new/", staff_views.staff_new, name="staff_new"),
    path("<slug:agency>/staff/news/<int:pk>/", staff_views.staff_edit, name="staff_edit"),
    path(
        "<slug:agency>/staff/news/<int:pk>/publish/",
        staff_views.staff_publish,
        name="staff_publish",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/withdraw/",
        staff_views.staff_withdraw,
        name="staff_withdraw",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/pictures/",
        staff_views.staff_image_add,
        name="staff_image_add",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/pictures/<int:image>/",
        staff_views.staff_image,
        name="staff_image",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/pictures/<int:image>/remove/",
        staff_views.staff_image_remove,
        name="staff_image_remove",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/files/",
        staff_views.staff_attachment_add,
        name="staff_attachment_add",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/files/<int:attachment>/",
        staff_views.staff_attachment,
        name="staff_attachment",
    ),
    path(
        "<slug:agency>/staff/news/<int:pk>/files/<int:attachment>/remove/",
        staff_views.staff_attachment_remove,
        name="staff_attachment_remove",
    ),
]
