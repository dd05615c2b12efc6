package extract

import (
	"fmt"
	"testing"
)

func TestZZCoverage(t *testing.T) {
	d, _ := LoadDictionary()
	states := []string{"north-korea", "south-korea", "russia", "china", "united-states", "japan", "ukraine", "united-kingdom", "france", "germany", "india", "iran", "turkey", "israel", "australia", "canada", "italy", "poland", "european-union", "united-nations", "nato", "belarus", "hungary", "brazil", "saudi-arabia", "pakistan", "vietnam", "philippines", "indonesia", "mongolia", "taiwan", "georgia", "kazakhstan", "syria", "egypt", "south-africa", "mexico", "spain", "netherlands", "sweden", "finland", "lithuania", "estonia", "latvia", "singapore", "malaysia", "thailand"}
	roles := [][]string{{"leader", "president", "head-of-state", "head-of-government"}, {"head-of-state", "president"}, {"head-of-government", "prime-minister"}, {"foreign-minister"}, {"defense-minister"}, {"secretary-general"}, {"unification-minister"}}
	for _, s := range states {
		for _, r := range roles {
			var miss []string
			for y := 2000; y <= 2025; y++ {
				for _, md := range []string{"-02-01", "-08-01"} {
					if d.holder(s, r, fmt.Sprint(y)+md) == nil {
						miss = append(miss, fmt.Sprint(y)+md[:3])
					}
				}
			}
			if len(miss) > 0 && len(miss) < 52 {
				fmt.Println(s, r[0], len(miss), miss)
			} else if len(miss) == 52 {
				fmt.Println(s, r[0], "NONE")
			}
		}
	}
}
