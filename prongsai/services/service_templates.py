"""Typical school services, shipped as templates a school copies and edits."""

from typing import Any

TEMPLATES: dict[str, dict[str, Any]] = {
    "transcript": {
        "label": "ขอใบระเบียนแสดงผลการเรียน (ปพ.1)",
        "service": {
            "name": "ขอใบระเบียนแสดงผลการเรียน (ปพ.1)",
            "description": "สำหรับนักเรียนและศิษย์เก่าที่ต้องการใบระเบียนแสดงผลการเรียนฉบับจริงหรือฉบับสำเนา",
            "documents": "สำเนาบัตรประจำตัวประชาชน\nรูปถ่ายหน้าตรง ขนาด 1.5 นิ้ว 1 รูป (กรณีฉบับจริง)",
            "fees": "ไม่มีค่าธรรมเนียม",
            "legal_basis": "ระเบียบกระทรวงศึกษาธิการว่าด้วยเอกสารหลักฐานการศึกษา",
            "promised_days": 3,
        },
        "steps": [
            {
                "title": "รับคำร้องและตรวจสอบเอกสาร",
                "responsible": "งานทะเบียนและวัดผล",
                "minutes": 10,
                "output": "คำร้องที่ถูกต้องครบถ้วน",
            },
            {
                "title": "ตรวจสอบผลการเรียนในระบบ",
                "responsible": "งานทะเบียนและวัดผล",
                "minutes": 30,
                "output": "ข้อมูลผลการเรียนที่ถูกต้อง",
            },
            {
                "title": "จัดพิมพ์และเสนอผู้อำนวยการลงนาม",
                "responsible": "งานทะเบียนและวัดผล",
                "minutes": 1440,
                "output": "ปพ.1 ที่ลงนามแล้ว",
            },
            {
                "title": "แจ้งผู้ขอรับเอกสาร",
                "responsible": "งานธุรการ",
                "minutes": 10,
                "output": "ผู้ขอได้รับเอกสาร",
            },
        ],
        "fields": [
            {"label": "เลขประจำตัวนักเรียน", "kind": "text", "required": True},
            {"label": "ปีการศึกษาที่จบ/ออก", "kind": "text", "required": False},
            {
                "label": "ชนิดเอกสาร",
                "kind": "choice",
                "required": True,
                "choices": "ฉบับจริง\nฉบับสำเนา",
            },
            {"label": "จำนวน (ฉบับ)", "kind": "number", "required": True},
            {"label": "สำเนาบัตรประจำตัวประชาชน", "kind": "file", "required": False},
        ],
    },
    "certificate": {
        "label": "ขอใบรับรองการเป็นนักเรียน",
        "service": {
            "name": "ขอใบรับรองการเป็นนักเรียน",
            "description": "หนังสือรับรองว่ากำลังศึกษาอยู่ เพื่อใช้ขอทุน เบิกค่าเล่าเรียน หรือติดต่อหน่วยงานอื่น",
            "documents": "ไม่มี",
            "fees": "ไม่มีค่าธรรมเนียม",
            "legal_basis": "",
            "promised_days": 1,
        },
        "steps": [
            {
                "title": "รับคำร้อง",
                "responsible": "งานทะเบียนและวัดผล",
                "minutes": 5,
                "output": "คำร้อง",
            },
            {
                "title": "ตรวจสอบสถานภาพนักเรียนและจัดพิมพ์",
                "responsible": "งานทะเบียนและวัดผล",
                "minutes": 20,
                "output": "ใบรับรอง",
            },
            {
                "title": "เสนอผู้อำนวยการลงนาม",
                "responsible": "ผู้อำนวยการ",
                "minutes": 240,
                "output": "ใบรับรองที่ลงนามแล้ว",
            },
        ],
        "fields": [
            {"label": "ชื่อ-นามสกุลนักเรียน", "kind": "text", "required": True},
            {"label": "ชั้น/ห้อง", "kind": "text", "required": True},
            {"label": "นำไปใช้เพื่อ", "kind": "long_text", "required": True},
        ],
    },
    "venue": {
        "label": "ขอใช้สถานที่ของโรงเรียน",
        "service": {
            "name": "ขอใช้สถานที่ของโรงเรียน",
            "description": "สำหรับหน่วยงาน ชุมชน หรือบุคคลภายนอกที่ขอใช้ห้องประชุม หอประชุม หรือสนามกีฬา",
            "documents": "หนังสือขอความอนุเคราะห์ (กรณีหน่วยงาน)",
            "fees": "ตามประกาศโรงเรียน",
            "legal_basis": "ระเบียบกระทรวงศึกษาธิการว่าด้วยการให้ใช้สถานที่ในสถานศึกษา",
            "promised_days": 5,
        },
        "steps": [
            {
                "title": "รับคำขอและตรวจสอบวันว่าง",
                "responsible": "งานอาคารสถานที่",
                "minutes": 30,
                "output": "ผลการตรวจสอบวันว่าง",
            },
            {
                "title": "เสนอผู้อำนวยการพิจารณาอนุญาต",
                "responsible": "ผู้อำนวยการ",
                "minutes": 1440,
                "output": "คำสั่งอนุญาต/ไม่อนุญาต",
            },
            {
                "title": "แจ้งผลและนัดหมาย",
                "responsible": "งานอาคารสถานที่",
                "minutes": 30,
                "output": "ผู้ขอทราบผล",
            },
        ],
        "fields": [
            {
                "label": "สถานที่ที่ต้องการใช้",
                "kind": "choice",
                "required": True,
                "choices": "ห้องประชุม\nหอประชุม\nสนามกีฬา",
            },
            {"label": "วันที่ต้องการใช้", "kind": "date", "required": True},
            {"label": "วัตถุประสงค์และจำนวนผู้เข้าร่วม", "kind": "long_text", "required": True},
        ],
    },
    "enquiry": {
        "label": "สอบถามข้อมูลทั่วไป",
        "service": {
            "name": "สอบถามข้อมูลทั่วไป",
            "description": "สอบถามเรื่องการรับสมัคร การเรียน กิจกรรม หรือเรื่องอื่น ๆ ของโรงเรียน",
            "documents": "ไม่มี",
            "fees": "ไม่มีค่าธรรมเนียม",
            "legal_basis": "",
            "promised_days": 2,
        },
        "steps": [
            {
                "title": "รับเรื่องและส่งต่อผู้รับผิดชอบ",
                "responsible": "งานประชาสัมพันธ์",
                "minutes": 30,
                "output": "เรื่องถึงผู้รับผิดชอบ",
            },
            {
                "title": "ตอบคำถาม",
                "responsible": "ผู้รับผิดชอบเรื่อง",
                "minutes": 120,
                "output": "คำตอบถึงผู้ถาม",
            },
        ],
        "fields": [
            {"label": "เรื่องที่ต้องการสอบถาม", "kind": "long_text", "required": True},
        ],
    },
}
