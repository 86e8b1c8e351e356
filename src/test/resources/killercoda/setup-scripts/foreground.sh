#!/bin/bash
echo "Waiting for the environment..."
while [ ! -f /tmp/finished ]
do
  sleep 1
done
clear
cd /root/app
