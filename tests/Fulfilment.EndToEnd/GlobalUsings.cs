// The namespaces most files of this project use (tools/global-usings.py); rare ones stay in their files.
global using Fulfilment.DemoData;
global using Fulfilment.EndToEnd.Journeys;
global using Fulfilment.Orders;
global using Fulfilment.Shipping;
global using Fulfilment.Testing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Playwright;
global using System.Text;
