#!/bin/bash
docker images | grep -q kc-built
