# A small pyserial client for the seed-flow tests: opens the port, runs steps read as JSON
# from stdin, prints what it read as JSON. Steps:
#   {"write": "AT\r"}                      bytes to send (latin-1)
#   {"expect": "OK\r\n", "timeout": 10}    read until the regex matches what was read since the last expect
#   {"sleep": 0.5}
import json, re, sys, time
import serial

port = sys.argv[1]
steps = json.load(sys.stdin)
ser = serial.Serial(port, 115200, timeout=0.1)
out = []
buf = b""
for step in steps:
    if "write" in step:
        ser.write(step["write"].encode("latin-1"))
    elif "sleep" in step:
        time.sleep(step["sleep"])
    elif "expect" in step:
        deadline = time.time() + step.get("timeout", 10)
        pattern = re.compile(step["expect"].encode("latin-1"))
        while not pattern.search(buf) and time.time() < deadline:
            buf += ser.read(4096)
        out.append(buf.decode("latin-1"))
        if not pattern.search(buf):
            print(json.dumps({"error": "timeout waiting for " + step["expect"], "read": out}))
            sys.exit(2)
        buf = b""
ser.close()
print(json.dumps({"read": out}))
