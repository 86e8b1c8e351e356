#!/bin/bash
docker exec kc-paths-c cat /root/work/hello.txt | grep hello-from-root
docker exec kc-paths-c ls -d /root/data
