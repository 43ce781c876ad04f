echo "bash: $BASH_VERSION" | cut -c1-6
