#!/bin/bash
docker run --rm -v kc-data:/data busybox:latest cat /data/file.txt | grep -q saved
