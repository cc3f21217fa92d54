import base64
import struct
import time

from prongsai.vault import crypto


def test_tokens_carry_the_day_not_the_time_of_day():
    token = crypto.encrypt(b"what happened")
    stamp = struct.unpack(">Q", base64.urlsafe_b64decode(token)[1:9])[0]
    assert stamp % 86400 == 0
    assert 0 <= time.time() - stamp < 86400
    assert crypto.decrypt(token) == b"what happened"
