// The namespaces most files of this project use (tools/global-usings.py); rare ones stay in their files.
global using Fulfilment.Channels;
global using Fulfilment.Common;
global using Fulfilment.FreightAccounts;
global using Fulfilment.Labels;
global using Fulfilment.Orders;
global using Fulfilment.Shipping;
global using Fulfilment.Warehouses;
global using System.Text.RegularExpressions;
global using System.Xml.Linq;
