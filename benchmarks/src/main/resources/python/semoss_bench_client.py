"""Drives the official SEMOSS Python client (ai-server-sdk) for the benchmarks' Python comparison (2a-2d).

Started by PythonClientProcess with the SDK's sources on PYTHONPATH (never shipped with the benchmarks) and a
stand-in pandas package (the SDK imports pandas at module level; the calls timed here never build a DataFrame).
The server URL and keys come from the environment, never from the command line. One command per stdin line:

  setup <json>              {"engine": "<id>", "select": "<sql>", "update": "<sql>", "pixel_select": "...",
                             "pixel_update": "..."}; answers "ok"
  run <operation> <count>   runs the operation <count> times; answers the nanoseconds of each, space-separated

Operations: select (DatabaseEngine.execQuery, no DataFrame), update (DatabaseEngine.updateData),
pixel_select / pixel_update (ServerClient.run_pixel with the driver's own pixel for the statement).
"""
import json
import os
import sys
import time

import ai_server


def main():
    client = ai_server.ServerClient(base=os.environ["SEMOSS_BENCH_BASE"],
                                    access_key=os.environ["SEMOSS_BENCH_ACCESS_KEY"],
                                    secret_key=os.environ["SEMOSS_BENCH_SECRET_KEY"])
    plan = None
    database = None
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split(" ", 1)
        if words[0] == "setup":
            plan = json.loads(words[1])
            database = ai_server.DatabaseEngine(engine_id=plan["engine"], insight_id=client.cur_insight)
            print("ok", flush=True)
        elif words[0] == "run":
            operation, count = words[1].split()
            action = {
                "select": lambda: database.execQuery(plan["select"], return_pandas=False),
                "update": lambda: database.updateData(plan["update"]),
                "pixel_select": lambda: client.run_pixel(plan["pixel_select"]),
                "pixel_update": lambda: client.run_pixel(plan["pixel_update"]),
            }[operation]
            times = []
            for _ in range(int(count)):
                start = time.perf_counter_ns()
                result = action()
                times.append(time.perf_counter_ns() - start)
                if result is None or result == "Please login":
                    raise SystemExit("the client answered " + repr(result))
            print(" ".join(str(t) for t in times), flush=True)
        elif words[0].strip() == "quit":
            break
        else:
            raise SystemExit("unknown command " + line)


if __name__ == "__main__":
    main()
