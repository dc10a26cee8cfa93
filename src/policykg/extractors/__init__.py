"""Extractors: one module per family, each registering plain functions over a
sentence (or the document) and a :class:`~.context.Context`.

Families: ``reference`` (the date 今年 is read against), ``dates``,
``quantities``, ``policies``, ``organisations``, ``regions``, ``platforms``,
``home`` (the document's place), ``short_names``, ``issuers`` (the policies a
file holds: issuers and dates), ``doc_numbers`` (发文字号), ``relations``
(cites, implements, interprets, issued by in running text), ``measures``
(targets, observations, forecasts) and ``instruments`` (policy tools).
Adding one is one module here, one row of ``ontology/mapping/*.csv`` when it
produces a new kind of fact or measure, and one test file.
"""
