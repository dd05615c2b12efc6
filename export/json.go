package export

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
)

// JSON writes g in networkx's node-link form, directed multigraph:
//
//	{"directed": true, "multigraph": true, "graph": {"title": …},
//	 "nodes": [{"id": …, "label": …, "labels": [...], property…}],
//	 "links": [{"source": …, "target": …, "key": id, "id": id, "relation": …, property…}]}
//
// Property values keep their JSON types (lists stay lists). networkx reads
// it with node_link_graph(data, edges="links"); d3-force reads it as is.
func JSON(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": ")
	graphObj := obj{}
	for _, a := range graphAttrs(g) {
		graphObj = append(graphObj, kv{a[0], a[1]})
	}
	graphObj.write(&b)
	b.WriteString(",\n  \"nodes\": [")
	for i, n := range p.nodes {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		o := obj{{"id", n.ID}}
		for _, c := range p.nodeCols {
			v, ok := n.Attrs[c.Name]
			if c.Name == "labels" {
				v = append([]string{}, n.Labels...)
			}
			if ok {
				o = append(o, kv{c.Name, v})
			}
		}
		o.write(&b)
	}
	b.WriteString("\n  ],\n  \"links\": [")
	for i, e := range p.edges {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		o := obj{{"source", e.Source}, {"target", e.Target}, {"key", e.ID}, {"id", e.ID}}
		for _, c := range p.edgeCols {
			if v, ok := e.Attrs[c.Name]; ok {
				o = append(o, kv{c.Name, v})
			}
		}
		o.write(&b)
	}
	b.WriteString("\n  ]\n}\n")
	_, err = w.Write(b.Bytes())
	return err
}

type kv struct {
	k string
	v any
}

// obj is a JSON object that keeps its keys in order.
type obj []kv

func (o obj) write(b *bytes.Buffer) {
	b.WriteByte('{')
	for i, p := range o {
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := json.Marshal(p.k)
		b.Write(k)
		b.WriteString(": ")
		writeJSONValue(b, p.v)
	}
	b.WriteByte('}')
}

// writeJSONValue writes v as JSON without HTML escaping; a whole float64
// keeps a decimal point ("1.0") so that readers see a float.
func writeJSONValue(b *bytes.Buffer, v any) {
	if f, ok := v.(float64); ok {
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0):
			b.WriteString("null")
		case f == math.Trunc(f) && math.Abs(f) < 1e15:
			b.WriteString(strconv.FormatFloat(f, 'f', 1, 64))
		default:
			b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
		}
		return
	}
	var enc bytes.Buffer
	e := json.NewEncoder(&enc)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		enc.Reset()
		_ = e.Encode(text(v, typeString))
	}
	b.Write(bytes.TrimSuffix(enc.Bytes(), []byte("\n")))
}
