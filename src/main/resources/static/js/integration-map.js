// Draws the integration map with Cytoscape.js from the data-map attribute of its container ({nodes: [{id, name,
// criticality}], edges: [{source, target, bothWays, method}]}): systems as nodes coloured and shaped by criticality as
// the legend next to it shows, integrations as arrows the way the data flows, labelled with the method. Clicking a
// system opens its page. The same integrations are in the table below, so the page says everything without this script.
(function () {
  'use strict';

  /** Label sizes in CSS pixels on screen, at any zoom. */
  var NODE_LABEL_PX = 14;
  var EDGE_LABEL_PX = 12;

  var SHAPES = { LOW: 'ellipse', MEDIUM: 'round-rectangle', HIGH: 'diamond', CRITICAL: 'octagon', UNKNOWN: 'triangle' };

  // Cytoscape adds an inline <style> (position: relative for its container) unless an element with this id exists.
  // The Content-Security-Policy forbids inline styles, and ohjaamo.css already positions the container.
  var STYLESHEET_ID = '__________cytoscape_stylesheet';

  /** The legend's colours, so that the map and its legend can never disagree. */
  function coloursFromLegend() {
    var colours = {};
    document.querySelectorAll('.map-key[data-criticality]').forEach(function (key) {
      colours[key.dataset.criticality] = getComputedStyle(key).backgroundColor;
    });
    return colours;
  }

  function elements(map, colours) {
    var nodes = map.nodes.map(function (n) {
      return { data: { id: n.id, name: n.name, colour: colours[n.criticality] || '#555', shape: SHAPES[n.criticality] } };
    });
    var edges = map.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, method: e.method, bothWays: e.bothWays } };
    });
    return nodes.concat(edges);
  }

  function draw(container) {
    if (typeof cytoscape === 'undefined') {
      return;
    }
    if (!document.getElementById(STYLESHEET_ID)) {
      var marker = document.createElement('meta');
      marker.id = STYLESHEET_ID;
      document.head.appendChild(marker);
    }
    var text = getComputedStyle(document.documentElement).getPropertyValue('color') || '#1a1a1a';
    var cy = cytoscape({
      container: container,
      elements: elements(JSON.parse(container.dataset.map), coloursFromLegend()),
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        { selector: 'node', style: { 'label': 'data(name)', 'background-color': 'data(colour)', 'shape': 'data(shape)',
          'width': 22, 'height': 22, 'color': text, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-wrap': 'wrap', 'text-max-width': 110, 'text-background-color': '#ffffff',
          'text-background-opacity': 0.85, 'text-background-padding': 1 } },
        { selector: 'edge', style: { 'curve-style': 'bezier', 'width': 1.5, 'line-color': '#5b6775',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#5b6775', 'arrow-scale': 1.1,
          'label': 'data(method)', 'font-size': 9, 'color': '#333333', 'text-rotation': 'autorotate',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
        { selector: 'edge[?bothWays]', style: { 'source-arrow-shape': 'triangle', 'source-arrow-color': '#5b6775' } }
      ],
      layout: { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 20,
        idealEdgeLength: function () { return 110; }, nodeRepulsion: function () { return 9000; } }
    });
    // The layout zooms out to fit a large register, which would shrink the labels below reading size: keep them at
    // a constant size on screen whatever the zoom, as a map keeps its place names.
    function readableLabels() {
      var zoom = cy.zoom();
      cy.style()
        .selector('node').style({ 'font-size': NODE_LABEL_PX / zoom, 'text-max-width': 130 / zoom,
          'text-margin-y': 4 / zoom })
        .selector('edge').style({ 'font-size': EDGE_LABEL_PX / zoom })
        .update();
    }
    readableLabels();
    cy.on('zoom', readableLabels);
    cy.on('tap', 'node', function (event) {
      window.location.href = container.dataset.systemHref + event.target.id();
    });
    cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', function () { container.style.cursor = ''; });
    container.cy = cy;
  }

  function init() {
    document.querySelectorAll('[data-map]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
