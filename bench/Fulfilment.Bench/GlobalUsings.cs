// The namespaces most files of this project use (tools/global-usings.py); rare ones stay in their files.
global using Fulfilment.Labels;
