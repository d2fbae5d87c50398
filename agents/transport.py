"""A Faust App whose Kafka consumer takes its fetch wait from our settings.

Faust 0.15 passes `fetch_max_wait_ms=1500` to aiokafka and offers no setting for it. A broker
that answers a fetch only when the wait ends (the embedded Tansu does so for aiokafka's fetch
requests) then adds up to 1.5 s per hop: five hops gave 3-6 s from feed to events topic at
1 article/s. Apache Kafka answers as soon as data arrives, so the wait only bounds idle
polling there. `RASD_FETCH_MAX_WAIT_MS` sets it (default 1500, Faust's value).

The embedded broker has a second defect that bites Faust: for a record batch of several records
from aiokafka, Tansu (0.6) reports the partition's end offset as the batch's base offset + 1.
Faust recovers a table from its changelog only up to that end offset, so the last writes of a
stopped worker were lost (memory store) or refused as inconsistent (RocksDB store).
`RASD_PRODUCER_MAX_BATCH_BYTES=1` makes every record its own batch; the demo, the tests and the
benches set it. Apache Kafka reports end offsets correctly: keep the default there.
"""

from __future__ import annotations

import faust
from faust.transport.drivers import aiokafka as driver


def app_class(fetch_max_wait_ms: int) -> type[faust.App]:
    """A faust.App subclass whose worker consumer waits at most fetch_max_wait_ms per fetch."""

    class ConsumerThread(driver.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport):
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by aiokafka at start()
            return consumer

    class WaitingConsumer(driver.Consumer):
        def _new_consumer_thread(self):
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    class Transport(driver.Transport):
        Consumer = WaitingConsumer

    class App(faust.App):
        def _new_transport(self):
            return Transport(self.conf.broker_consumer, self)

    return App
