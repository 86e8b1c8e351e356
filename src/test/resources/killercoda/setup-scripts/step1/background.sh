#!/bin/bash
echo "log line" > /root/app/build.log
