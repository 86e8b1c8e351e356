#!/bin/bash
test -f /root/notes.txt && grep -q docklab /root/notes.txt
