module github.com/kgraph/kg

go 1.26.8
