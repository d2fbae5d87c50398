"""The producer buffer's flush, which Faust awaits before committing consumer offsets."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from faust.transport.producer import ProducerBuffer

from agents.transport import DrainingBuffer


class SlowChannel:
    """Stands for a topic whose client takes `delay` seconds to accept each message."""

    def __init__(self, delay: float):
        self.delay = delay
        self.sent: list[int] = []

    async def publish_message(self, fut, wait: bool = False):
        await asyncio.sleep(self.delay)
        self.sent.append(fut.n)


def flushed(buffer_class, count: int, delay: float) -> tuple[list[int], int]:
    """Put `count` messages in a running buffer, flush, and return what was sent by then."""

    async def run():
        buffer = buffer_class()
        buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))
        channel = SlowChannel(delay)
        await buffer.start()
        try:
            for n in range(count):
                buffer.put(SimpleNamespace(n=n, message=SimpleNamespace(channel=channel)))
            await buffer.flush()
            at_flush = list(channel.sent), getattr(buffer, "unsent", buffer.size)
            while len(channel.sent) < count:  # let the rest go before stopping the buffer
                await asyncio.sleep(delay)
            return at_flush
        finally:
            await buffer.stop()

    return asyncio.run(run())


def test_flush_returns_only_when_every_message_has_been_sent_on():
    sent, unsent = flushed(DrainingBuffer, count=4, delay=0.25)
    assert sent == [0, 1, 2, 3]
    assert unsent == 0


def test_fausts_own_buffer_gives_up_on_a_slow_send():
    # The defect DrainingBuffer exists for: if this starts to pass, Faust fixed it upstream.
    sent, unsent = flushed(ProducerBuffer, count=4, delay=0.25)
    assert len(sent) < 4


def test_a_fast_buffer_flushes_at_once():
    sent, unsent = flushed(DrainingBuffer, count=50, delay=0)
    assert sent == list(range(50)) and unsent == 0
