// Work in progress: this package is built in its own issue.
export {};
