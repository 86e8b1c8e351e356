#!/bin/bash
set -e
cat /root/notes/page.html | grep "kept"
docker ps | grep kc-err-web
