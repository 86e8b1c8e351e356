#!/bin/bash
docker network ls | grep -q kc-net && docker volume ls | grep -q kc-data
