#!/bin/bash
if [[ $(docker inspect kc-err-web 2>&1) == *"No such object"* ]]; then :; else exit 1; fi
[[ $(docker run --rm busybox:latest ping -c 1 kc-err-web 2>&1) == *"bad address"* ]]
