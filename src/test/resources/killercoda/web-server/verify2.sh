#!/bin/bash
set -e
curl -s --retry 10 --retry-connrefused --retry-delay 1 localhost:22742 | grep -q "Hello from Killercoda"
echo done
