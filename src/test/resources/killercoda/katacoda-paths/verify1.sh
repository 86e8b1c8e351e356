#!/bin/bash
docker image inspect kc-paths-img > /dev/null
