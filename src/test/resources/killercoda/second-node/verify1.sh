#!/bin/bash
ssh node01 test -f /root/x
