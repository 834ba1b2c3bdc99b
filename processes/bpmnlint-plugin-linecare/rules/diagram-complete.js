'use strict';

const { is } = require('bpmnlint-utils');

/** Every flow node has a BPMNShape and every sequence flow a BPMNEdge, so the diagram shows all of it. */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }
    const shapes = new Set();
    const edges = new Set();
    for (const diagram of node.diagrams || []) {
      for (const element of diagram.plane && diagram.plane.planeElement || []) {
        const target = element.bpmnElement && element.bpmnElement.id;
        if (is(element, 'bpmndi:BPMNShape')) {
          shapes.add(target);
        } else if (is(element, 'bpmndi:BPMNEdge')) {
          edges.add(target);
        }
      }
    }
    const visit = container => {
      for (const element of container.flowElements || []) {
        if (is(element, 'bpmn:FlowNode') && !shapes.has(element.id)) {
          reporter.report(element.id, 'flow node has no diagram shape (BPMNShape)');
        }
        if (is(element, 'bpmn:SequenceFlow') && !edges.has(element.id)) {
          reporter.report(element.id, 'sequence flow has no diagram edge (BPMNEdge)');
        }
        if (element.flowElements) {
          visit(element);
        }
      }
    };
    (node.rootElements || []).filter(element => is(element, 'bpmn:Process')).forEach(visit);
  }

  return { check };
};
