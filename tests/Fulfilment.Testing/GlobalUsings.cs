// The namespaces most files of this project use (tools/global-usings.py); rare ones stay in their files.
global using Fulfilment.Data;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
