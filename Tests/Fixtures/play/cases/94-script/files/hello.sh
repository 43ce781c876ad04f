#!/bin/sh
echo "hello $1 $2"
echo "in $(pwd)"
echo "to stderr" >&2
