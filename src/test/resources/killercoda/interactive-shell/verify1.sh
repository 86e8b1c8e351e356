docker diff kc-inter-c | grep inside.txt
