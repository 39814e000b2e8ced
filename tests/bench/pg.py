"""A PostgreSQL server for the benchmark: like the tests' server but with durable commits
(fsync on), so a lend's latency includes what a real server pays."""

from __future__ import annotations

from tests.pg_server import PostgresServer


class DurablePostgres(PostgresServer):
    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", "app", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c max_connections=100 -c shared_buffers=256MB"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options,
                  "-w", "start")  # fmt: skip

    def create_database(self, name: str) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        engine.dispose()
