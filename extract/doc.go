// Package extract turns news documents into (actor, relation, actor, date) events.
package extract
