import base64
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies import evidence
from prongsai.agencies.roles import Role
from prongsai.oit import activities, campaign
from prongsai.oit.models import Activity, ActivityPhoto, CampaignTick
from tests.conftest import login
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db

YEAR = 2568
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 40


def url(name, agency, **kwargs):
    return reverse(f"oit:{name}", kwargs={"agency": agency.slug, **kwargs})


def start(agency, *, eligible=30, closes_on=None, iit="https://itas.example/iit"):
    return campaign.save_campaign(
        agency=agency,
        year=YEAR,
        eligible_staff=eligible,
        iit_url=iit,
        eit_url="https://itas.example/eit",
        closes_on=closes_on,
    )


# --- The campaign page ------------------------------------------------------------------------


def test_the_officer_sets_the_campaign_and_sees_the_minimum_sample(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    page = url("staff_campaign", school, year=YEAR)
    data = {
        "eligible_staff": "18",
        "iit_url": "https://itas.example/iit",
        "eit_url": "https://itas.example/eit",
        "closes_on": "2025-06-30",
    }
    assert client.post(page, data).status_code == 302
    assert client.get(page).context["progress"].minimum == 18  # fewer than 25: all of them
    client.post(page, {**data, "eligible_staff": "140"})
    progress = client.get(page).context["progress"]
    assert (progress.eligible, progress.minimum, progress.missing) == (140, 25, 25)

    bad = client.post(page, {**data, "eligible_staff": "-3", "iit_url": "not a link"})
    assert bad.status_code == 200
    assert set(bad.context["form"].errors) == {"eligible_staff", "iit_url"}
    assert 'value="not a link"' in bad.content.decode()


def test_staff_read_the_campaign_but_cannot_change_it(client, school):
    start(school)
    login(client, member(school, Role.STAFF))
    page = url("staff_campaign", school, year=YEAR)
    assert client.get(page).status_code == 200
    assert client.post(page, {"eligible_staff": "1"}).status_code == 403


def test_ticks_are_counted_per_unit_never_by_name(client, school):
    running = start(school)
    academic = UnitFactory(agency=school, name_th="ฝ่ายวิชาการ", order=1)
    finance = UnitFactory(agency=school, name_th="ฝ่ายงบประมาณ", order=2)
    a1, a2 = member(school, Role.STAFF), member(school, Role.STAFF)
    f1, loose = member(school, Role.STAFF), member(school, Role.STAFF)
    a1.memberships.update(unit=academic)
    a2.memberships.update(unit=academic)
    f1.memberships.update(unit=finance)
    for person in (a1, f1, loose):
        campaign.tick_campaign(campaign=running, user=person)

    officer = member(school, Role.ITA_OFFICER)  # no unit
    login(client, officer)
    response = client.get(url("staff_campaign", school, year=YEAR))
    progress = response.context["progress"]
    assert progress.ticked == 3
    assert [(u.name, u.members, u.ticked) for u in progress.units] == [
        ("ฝ่ายวิชาการ", 2, 1),
        ("ฝ่ายงบประมาณ", 1, 1),
        ("ไม่ระบุหน่วยงาน", 2, 1),
    ]
    html = response.content.decode()
    for person in (a1, f1, loose):
        assert person.last_name not in html


def test_ticking_twice_counts_once(client, school):
    start(school)
    teacher = member(school, Role.STAFF)
    login(client, teacher)
    tick = url("staff_campaign_tick", school, year=YEAR)
    first = client.post(tick, follow=True)
    assert first.redirect_chain[-1][0] == url("staff_campaign", school, year=YEAR)
    assert first.context["ticked"]
    client.post(tick)
    assert CampaignTick.objects.filter(user=teacher).count() == 1
    assert client.get(tick).status_code == 405


def test_who_may_tick(client, office, school):
    start(school)
    # A complaint officer only: counted, and sent back to the back-office home.
    officer = member(school, Role.COMPLAINT_OFFICER)
    login(client, officer)
    response = client.post(url("staff_campaign_tick", school, year=YEAR))
    assert response["Location"] == reverse("agencies:staff_home", kwargs={"agency": school.slug})
    assert CampaignTick.objects.filter(user=officer).exists()
    client.logout()
    # The office's supervisor reaches the school but is not its staff: no tick.
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    client.post(url("staff_campaign_tick", school, year=YEAR))
    assert not CampaignTick.objects.filter(user=supervisor).exists()
    assert not client.get(url("staff_campaign", school, year=YEAR)).context["member"]


def test_ticking_before_the_campaign_starts_records_nothing(client, school):
    login(client, member(school, Role.STAFF))
    response = client.post(url("staff_campaign_tick", school, year=YEAR), follow=True)
    assert response.status_code == 200
    assert not CampaignTick.objects.exists()
    assert [str(m) for m in response.context["messages"]] == ["ผู้รับผิดชอบ ITA ยังไม่ได้เริ่มการรณรงค์ของปีนี้"]


def test_the_poster_shows_both_qr_codes(client, school):
    start(school)
    login(client, member(school, Role.STAFF))
    response = client.get(url("staff_campaign_poster", school, year=YEAR))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('src="data:image/svg+xml;base64,') == 2
    assert "โรงเรียนของเรา" in html
    assert "css/poster.css" in html
    assert " style=" not in html  # CSP: no inline styles
    svg = base64.b64decode(response.context["iit_qr"].split(",", 1)[1])
    assert svg.startswith(b"<?xml") or b"<svg" in svg[:200]


def test_the_poster_without_links_says_so(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.get(url("staff_campaign_poster", school, year=YEAR))
    assert response.status_code == 200
    assert "data:image/svg+xml" not in response.content.decode()


def test_reminders_go_to_people_who_have_not_ticked(
    school, other_school, django_capture_on_commit_callbacks
):
    today = date(2025, 6, 1)
    running = start(school, closes_on=today + timedelta(days=10))
    ticked, waiting = member(school, Role.STAFF), member(school, Role.STAFF)
    silent = member(school, Role.STAFF)
    silent.email = ""
    silent.save()
    campaign.tick_campaign(campaign=running, user=ticked)
    both = member(school, Role.STAFF, Role.UNIT_HEAD)
    # Closed, or without an IIT link: nobody is reminded.
    campaign.save_campaign(
        agency=other_school,
        year=YEAR,
        eligible_staff=5,
        iit_url="https://itas.example/iit",
        eit_url="",
        closes_on=today - timedelta(days=1),
    )
    member(other_school, Role.STAFF)

    with django_capture_on_commit_callbacks(execute=True):  # the outbox sends after commit
        assert campaign.send_campaign_reminders(today=today) == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted([waiting.email, both.email])
    assert "https://itas.example/iit" in mail.outbox[0].body
    assert ticked.last_name not in mail.outbox[0].body


# --- Activities -------------------------------------------------------------------------------


def activity_data(**changes):
    data = {
        "held_on": "2025-03-14",
        "topic": "อบรมคุณธรรมและความโปร่งใส",
        "attendees": "42",
        "summary": "ครูและบุคลากรร่วมอบรม",
    }
    data.update(changes)
    return data


def test_the_officer_records_an_activity_with_photos_shown_publicly(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url("staff_activities", school),
        activity_data(
            photos=[
                SimpleUploadedFile("training.PNG", PNG, content_type="image/png"),
                SimpleUploadedFile("group.jpg", JPEG, content_type="image/jpeg"),
            ]
        ),
    )
    assert response.status_code == 302
    activity = Activity.objects.get(agency=school)
    assert (activity.topic, activity.attendees) == ("อบรมคุณธรรมและความโปร่งใส", 42)
    photos = list(activity.photos.order_by("pk"))
    assert len(photos) == 2
    assert photos[0].image.name.endswith(".png")
    assert "training" not in photos[0].image.name  # stored under a random name

    client.logout()
    public = client.get(url("public_activities", school))
    assert public.status_code == 200
    photo_url = url("public_activity_photo", school, pk=photos[0].pk)
    assert f'src="{photo_url}"' in public.content.decode()
    served = client.get(photo_url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert b"".join(served.streaming_content) == PNG


def test_a_file_that_is_not_a_picture_is_refused(client, school):
    login(client, member(school, Role.DIRECTOR))
    for upload in (
        SimpleUploadedFile("photo.png", b"MZ\x90\x00 not a picture", content_type="image/png"),
        SimpleUploadedFile("report.pdf", b"%PDF-1.4", content_type="application/pdf"),
    ):
        response = client.post(url("staff_activities", school), activity_data(photos=[upload]))
        assert response.status_code == 200
        errors = response.context["form"].errors["photos"]
        assert "ไม่ใช่ไฟล์รูปภาพ" in errors[0]
        assert response.context["form"]["topic"].value() == "อบรมคุณธรรมและความโปร่งใส"
    assert not Activity.objects.exists()
    assert not ActivityPhoto.objects.exists()


def test_activity_form_errors(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    response = client.post(
        url("staff_activities", school), activity_data(held_on="", topic="", attendees="-1")
    )
    assert set(response.context["form"].errors) == {"held_on", "topic", "attendees"}


def test_staff_see_activities_but_cannot_add(client, school):
    activities.add_activity(
        agency=school, held_on=date(2025, 1, 10), topic="ประชุม", attendees=5, summary="", photos=[]
    )
    login(client, member(school, Role.STAFF))
    page = client.get(url("staff_activities", school))
    assert page.status_code == 200
    assert "ประชุม" in page.content.decode()
    assert client.post(url("staff_activities", school), activity_data()).status_code == 403
    assert Activity.objects.count() == 1


def test_a_photo_is_served_only_through_its_own_agency(client, school, other_school):
    activity = activities.add_activity(
        agency=school,
        held_on=date(2025, 1, 10),
        topic="ประชุม",
        attendees=5,
        summary="",
        photos=[SimpleUploadedFile("a.png", PNG)],
    )
    photo = activity.photos.get()
    assert client.get(url("public_activity_photo", other_school, pk=photo.pk)).status_code == 404
    assert client.get(url("public_activity_photo", school, pk=photo.pk)).status_code == 200


def test_the_activities_generator_answers_a_year_with_an_activity(school, other_school):
    def page_of(agency, year):
        return evidence.build_generated("ita_activities", agency, year)

    assert page_of(school, 2568) is None
    activities.add_activity(
        agency=school, held_on=date(2024, 11, 5), topic="อบรม", attendees=30, summary="", photos=[]
    )
    activities.add_activity(
        agency=school, held_on=date(2025, 8, 20), topic="ประชุม", attendees=12, summary="", photos=[]
    )
    page = page_of(school, 2568)  # 1 Oct 2024 – 30 Sep 2025
    assert page is not None
    assert page.url == "/our-school/oit/activities/?year=2568"
    assert page.dated_on == date(2025, 8, 20)
    assert page_of(school, 2567) is None
    assert page_of(school, 2569) is None
    # Asked for several schools at once, it answers for those that held an activity.
    both = evidence.build_many("ita_activities", [school, other_school], 2568)
    assert both == {school.pk: page}


def test_the_public_page_filters_a_fiscal_year(client, school):
    for held_on, topic in ((date(2024, 9, 30), "ปีก่อน"), (date(2024, 10, 1), "ปีนี้")):
        activities.add_activity(
            agency=school, held_on=held_on, topic=topic, attendees=1, summary="", photos=[]
        )
    html = client.get(url("public_activities", school) + "?year=2568").content.decode()
    assert "ปีนี้" in html
    assert "ปีก่อน" not in html
    everything = client.get(url("public_activities", school) + "?year=abc").content.decode()
    assert "ปีนี้" in everything
    assert "ปีก่อน" in everything


def test_the_dashboard_of_today_reads(client, school):
    login(client, member(school, Role.UNIT_HEAD))
    year = timezone.localdate().year + 543
    assert client.get(url("staff_readiness", school, year=year)).status_code == 200
