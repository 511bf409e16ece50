"""The HTTP API and the analysts' web page, served by `eventwatch serve`.

`create_app` lives in `eventwatch.web.app`; it is not imported here so that the CLI starts
without loading the web framework.
"""
