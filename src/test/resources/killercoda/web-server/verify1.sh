#!/bin/bash
docker ps | grep -q kc-web
