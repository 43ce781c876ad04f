#!/bin/sh
echo out
echo "bad thing" >&2
exit 3
